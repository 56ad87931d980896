// SPDX-License-Identifier: MIT
#pragma once

#include "Catalog.h"
#include "ItemDataRole.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace iisref {

// The catalog as a tree for browsing: a "Common codes" group first, then kind (HTTP, FTP,
// Win32 status…) → group (1xx … 5xx, Winsock…, with counts) → code → IIS substatus.
// Texts follow setLanguage().
class CategoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryModel)

public:
    // The catalog must outlive the model.
    explicit CategoryModel(const Catalog &catalog, QObject *parent = nullptr);
    ~CategoryModel() override;

    Language language() const { return m_language; }
    void setLanguage(Language language);
    // Re-reads every text, for when the UI translator changed the group names.
    void retranslate();

    // The code's place under its kind (not its copy in the Common group).
    QModelIndex indexForCode(const CodeId &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    void build();
    Node *addChild(Node *parent, NodeKind kind);
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    QString displayText(const Node &node) const;
    int countEntries(const Node &node) const;
    void emitDataChanged(const Node &node);

    const Catalog &m_catalog;
    Language m_language = Language::English;
    std::unique_ptr<Node> m_root;
    QHash<CodeId, Node *> m_codeNodes;
};

} // namespace iisref
