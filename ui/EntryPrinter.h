// SPDX-License-Identifier: MIT
#pragma once

#include "CodeId.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace iisref {

// An entry on paper or in a PDF for a ticket: the HTML the clipboard carries
// (EntryFormatter::entryHtml), laid out on pages by QTextDocument, so what is printed is what
// is pasted.
class EntryPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(iisref::EntryPrinter)

public:
    // Onto a printer the user chose, or any other paged device.
    static void print(const QString &html, QPagedPaintDevice &device);
    // Writes the PDF in one piece: a failure leaves an existing file as it was. Returns an
    // error message that names the file, or empty. `title` goes into the PDF's properties.
    static QString writePdf(const QString &html, const QString &path, const QString &title = {});
    // "HTTP-403.14.pdf": the code as displayed, with what file systems or mail dislike as '-'.
    static QString pdfFileName(const CodeId &id);
};

} // namespace iisref
