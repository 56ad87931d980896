// SPDX-License-Identifier: MIT
#include "LogTallyModel.h"

#include "LogTallyWriter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace iisref {

LogTallyModel::LogTallyModel(QObject *parent) : QAbstractTableModel(parent) {}

void LogTallyModel::setTally(LogTally tally)
{
    beginResetModel();
    m_tally = std::move(tally);
    m_rows = m_tally.rows();
    endResetModel();
}

void LogTallyModel::setTitleFunction(TitleFunction title)
{
    m_title = std::move(title);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(int(m_rows.size()) - 1, TitleColumn));
}

QStringList LogTallyModel::codeKeys(const LogRowKey &key)
{
    if (key.protocol == LogProtocol::HttpErr)
        return {u"httperr:"_s + QString::fromUtf8(key.reason)};
    QStringList keys;
    if (key.status >= 0) {
        if (key.protocol == LogProtocol::Ftp)
            keys.append(u"ftp:"_s + QString::number(key.status));
        else if (key.substatus > 0)
            keys.append(u"http:%1.%2"_s.arg(key.status).arg(key.substatus));
        else
            keys.append(u"http:"_s + QString::number(key.status));
    }
    if (key.win32 > 0)
        keys.append(u"win32:"_s + QString::number(key.win32));
    if (key.protocol == LogProtocol::Ftp && key.substatus > 0)
        keys.append(u"ftp-substatus:"_s + QString::number(key.substatus));
    return keys;
}

QString LogTallyModel::searchQuery(const LogRowKey &key)
{
    const auto column = [](qint64 value) { return QString::number(std::max<qint64>(value, 0)); };
    switch (key.protocol) {
    case LogProtocol::HttpErr:
        return u"httperr "_s + QString::fromUtf8(key.reason);
    case LogProtocol::Ftp:
        // FTP logs write status, win32, substatus.
        if (key.status >= 0)
            return u"ftp %1 %2 %3"_s.arg(key.status).arg(column(key.win32), column(key.substatus));
        break;
    case LogProtocol::Http:
        if (key.status >= 0)
            return u"%1 %2 %3"_s.arg(key.status).arg(column(key.substatus), column(key.win32));
        break;
    }
    return key.win32 > 0 ? u"win32 "_s + QString::number(key.win32) : QString();
}

const Entry *LogTallyModel::entryFor(const Catalog &catalog, const LogRowKey &key)
{
    if (key.protocol == LogProtocol::HttpErr)
        return catalog.find(CodeId::reason(QString::fromUtf8(key.reason)));
    if (key.status < 0)
        return nullptr;
    const CodeKind kind = key.protocol == LogProtocol::Ftp ? CodeKind::Ftp : CodeKind::Http;
    const Entry *entry = nullptr;
    if (kind == CodeKind::Http && key.substatus > 0)
        entry = catalog.find(CodeId(kind, key.status, key.substatus));
    return entry ? entry : catalog.find(CodeId(kind, key.status));
}

int LogTallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogTallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTallyModel::data(const QModelIndex &index, int role) const
{
    const LogRow *row = index.isValid() ? m_rows.value(index.row()) : nullptr;
    if (!row)
        return {};
    const double share = double(row->count) / double(std::max<qint64>(1, m_tally.requests()));
    if (role == CodeKeysRole)
        return codeKeys(row->key);
    if (role == SearchQueryRole)
        return searchQuery(row->key);
    if (role == SortRole) {
        switch (index.column()) {
        case CountColumn:
        case ShareColumn:
            return row->count;
        case FirstColumn:
            return row->first;
        case LastColumn:
            return row->last;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == CountColumn || index.column() == ShareColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return LogTallyWriter::codeText(row->key);
    case CountColumn:
        return QLocale().toString(row->count);
    case ShareColumn:
        return QString(QLocale().toString(100.0 * share, 'f', 1) + u'%');
    case TitleColumn:
        return m_title ? m_title(row->key) : QString();
    case FirstColumn:
        return LogTallyWriter::timeText(row->first);
    case LastColumn:
        return LogTallyWriter::timeText(row->last);
    default:
        return {};
    }
}

QVariant LogTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case CountColumn:
        return tr("Requests");
    case ShareColumn:
        return tr("Share");
    case TitleColumn:
        return tr("Meaning");
    case FirstColumn:
        return tr("First seen (UTC)");
    case LastColumn:
        return tr("Last seen (UTC)");
    default:
        return {};
    }
}

} // namespace iisref
