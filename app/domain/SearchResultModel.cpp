// SPDX-License-Identifier: MIT
#include "SearchResultModel.h"

#include "ItemDataRole.h"
#include "ToolTipText.h"

using namespace Qt::StringLiterals;

namespace iisref {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setResults(const QList<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    m_suggestions = false;
    endResetModel();
}

void SearchResultModel::setSuggestions(const QList<const Entry *> &entries)
{
    beginResetModel();
    m_results.clear();
    for (const Entry *entry : entries)
        m_results.append({entry, MatchKind::Text, 0});
    m_suggestions = true;
    endResetModel();
}

void SearchResultModel::clear()
{
    setResults({});
}

void SearchResultModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_results.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, TitleRole});
}

const Entry *SearchResultModel::entryAt(int row) const
{
    return row >= 0 && row < m_results.size() ? m_results[row].entry : nullptr;
}

int SearchResultModel::rowOf(const CodeId &id) const
{
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results[row].entry->id == id)
            return row;
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &result = m_results[index.row()];
    const Entry &entry = *result.entry;
    switch (role) {
    case Qt::DisplayRole:
        return QString(entry.id.displayName() + u" — "_s + entry.text(m_language).title);
    case Qt::ToolTipRole:
        return ToolTipText::fromPlainText(entry.text(m_language).meaning);
    case CodeKeyRole:
        return entry.id.key();
    case EntryRole:
        return QVariant::fromValue(&entry);
    case NodeKindRole:
        return int(NodeKind::Code);
    case CodeRole:
        return entry.id.code();
    case TitleRole:
        return entry.text(m_language).title;
    case KindRole:
        return codeKindKey(entry.id.kind());
    case MatchKindRole:
        return int(result.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeKeyRole, "codeKey");
    names.insert(EntryRole, "entry");
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(KindRole, "kind");
    names.insert(MatchKindRole, "matchKind");
    return names;
}

} // namespace iisref
