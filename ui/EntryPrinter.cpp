// SPDX-License-Identifier: MIT
#include "EntryPrinter.h"

#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace iisref {

void EntryPrinter::print(const QString &html, QPagedPaintDevice &device)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(&device);
}

QString EntryPrinter::writePdf(const QString &html, const QString &path, const QString &title)
{
    // QPrinter's PDF output takes only a file name and says nothing when it cannot write it;
    // a QPdfWriter on a QSaveFile reports why, and never leaves half a file behind.
    QSaveFile file(path);
    const auto failure = [&] {
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure();
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"iisref"_s);
        // The paper people have in the printer: Letter where US units are used, else A4.
        writer.setPageSize(QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem
                                         ? QPageSize::Letter
                                         : QPageSize::A4));
        print(html, writer);
    }
    if (!file.commit())
        return failure();
    return {};
}

QString EntryPrinter::pdfFileName(const CodeId &id)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    return QString(id.displayName()).replace(unsafe, u"-"_s) + u".pdf"_s;
}

} // namespace iisref
