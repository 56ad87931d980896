// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "LogTally.h"

#include <QAbstractTableModel>

#include <functional>

namespace iisref {

// The rows of a tally for a table view: code, count, share, the catalog's title, first and last
// time. Views sort and filter it through a QSortFilterProxyModel (SortRole holds numbers where
// the text would sort wrongly) and read CodeKeysRole to open a row's catalog entries.
class LogTallyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        CountColumn,
        ShareColumn,
        TitleColumn,
        FirstColumn,
        LastColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 100,
        // The catalog keys a row names, most telling first: "http:401.1", "win32:2148074254";
        // "ftp:530", "win32:1326", "ftp-substatus:41"; "httperr:QueueFull".
        CodeKeysRole,
        // The row as a user would paste it into the search: "401 1 2148074254",
        // "ftp 530 1326 41", "httperr QueueFull".
        SearchQueryRole,
    };
    using TitleFunction = std::function<QString(const LogRowKey &)>;

    explicit LogTallyModel(QObject *parent = nullptr);

    void setTally(LogTally tally);
    const LogTally &tally() const { return m_tally; }
    const LogRow *row(int index) const { return m_rows.value(index); }
    // The title column's text; called again for every row when the language changes.
    void setTitleFunction(TitleFunction title);

    static QStringList codeKeys(const LogRowKey &key);
    static QString searchQuery(const LogRowKey &key);
    // The entry that names a row: its status (an unknown substatus falls back to the status)
    // or its HTTP.sys reason; nullptr when the catalog has neither.
    static const Entry *entryFor(const Catalog &catalog, const LogRowKey &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LogTally m_tally;
    QList<const LogRow *> m_rows;
    TitleFunction m_title;
};

} // namespace iisref
