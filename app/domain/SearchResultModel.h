// SPDX-License-Identifier: MIT
#pragma once

#include "SearchResult.h"

#include <QAbstractListModel>

namespace iisref {

// Ranked search results, or suggestions when nothing matched, as a flat list for a view.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QList<SearchResult> &results);
    void setSuggestions(const QList<const Entry *> &entries);
    bool showsSuggestions() const { return m_suggestions; }
    void clear();

    Language language() const { return m_language; }
    void setLanguage(Language language);

    const Entry *entryAt(int row) const;
    int rowOf(const CodeId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchResult> m_results;
    bool m_suggestions = false;
    Language m_language = Language::English;
};

} // namespace iisref
