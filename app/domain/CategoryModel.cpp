// SPDX-License-Identifier: MIT
#include "CategoryModel.h"

#include "ItemDataRole.h"
#include "ToolTipText.h"

using namespace Qt::StringLiterals;

namespace iisref {

struct CategoryModel::Node {
    NodeKind kind = NodeKind::Kind;
    CodeKind codeKind = CodeKind::Http;
    int group = 0;
    CodeId id;
    const Entry *entry = nullptr; // null on groups and on a bare status no resource defines
    bool underCommonGroup = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

CategoryModel::CategoryModel(const Catalog &catalog, QObject *parent)
    : QAbstractItemModel(parent), m_catalog(catalog)
{
    build();
}

CategoryModel::~CategoryModel() = default;

CategoryModel::Node *CategoryModel::addChild(Node *parent, NodeKind kind)
{
    auto child = std::make_unique<Node>();
    child->kind = kind;
    child->parent = parent;
    child->row = int(parent->children.size());
    child->codeKind = parent->codeKind;
    child->group = parent->group;
    child->underCommonGroup = parent->underCommonGroup || parent->kind == NodeKind::CommonGroup;
    parent->children.push_back(std::move(child));
    return parent->children.back().get();
}

void CategoryModel::build()
{
    m_root = std::make_unique<Node>();
    Node *common = addChild(m_root.get(), NodeKind::CommonGroup);
    QHash<int, Node *> kindNodes;
    QHash<QString, Node *> groupNodes;

    for (const Entry &entry : m_catalog.entries()) {
        const CodeId &id = entry.id;
        if (entry.common) {
            Node *shortcut = addChild(common, NodeKind::Code);
            shortcut->id = id;
            shortcut->entry = &entry;
            shortcut->codeKind = id.kind();
        }
        Node *&kindNode = kindNodes[int(id.kind())];
        if (!kindNode) {
            kindNode = addChild(m_root.get(), NodeKind::Kind);
            kindNode->codeKind = id.kind();
        }
        Node *&groupNode = groupNodes[id.traits().key + QString::number(id.group())];
        if (!groupNode) {
            groupNode = addChild(kindNode, NodeKind::Group);
            groupNode->group = id.group();
        }
        Node *parent = groupNode;
        if (id.hasSubstatus()) {
            // Substatus codes hang under their status; a status without an entry of its own
            // still gets a node so the tree keeps its shape.
            Node *&statusNode = m_codeNodes[id.withoutSubstatus()];
            if (!statusNode) {
                statusNode = addChild(groupNode, NodeKind::Code);
                statusNode->id = id.withoutSubstatus();
            }
            parent = statusNode;
        }
        Node *node = addChild(parent, NodeKind::Code);
        node->id = id;
        node->entry = &entry;
        m_codeNodes.insert(id, node);
    }
}

void CategoryModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void CategoryModel::retranslate()
{
    emitDataChanged(*m_root);
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

void CategoryModel::emitDataChanged(const Node &node)
{
    if (node.children.empty())
        return;
    emit dataChanged(indexFor(node.children.front().get()), indexFor(node.children.back().get()),
                     {Qt::DisplayRole, Qt::ToolTipRole, TitleRole});
    for (const auto &child : node.children)
        emitDataChanged(*child);
}

QModelIndex CategoryModel::indexForCode(const CodeId &id) const
{
    const Node *node = m_codeNodes.value(id);
    return node ? indexFor(node) : QModelIndex();
}

CategoryModel::Node *CategoryModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CategoryModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex CategoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return indexFor(nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex CategoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CategoryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

int CategoryModel::countEntries(const Node &node) const
{
    int count = node.entry ? 1 : 0;
    for (const auto &child : node.children)
        count += countEntries(*child);
    return count;
}

QString CategoryModel::displayText(const Node &node) const
{
    switch (node.kind) {
    case NodeKind::CommonGroup:
        return tr("Common codes");
    case NodeKind::Kind:
        return tr(traitsOf(node.codeKind).treeLabel) + u" ("_s +
               QString::number(countEntries(node)) + u')';
    case NodeKind::Group: {
        const GroupText text = m_catalog.groupText(node.codeKind, node.group, m_language);
        const QString digit = traitsOf(node.codeKind).groupsByClassDigit
                                  ? QString::number(node.group) + u"xx — "_s
                                  : QString();
        return QString(digit + text.title + u" ("_s + QString::number(countEntries(node)) + u')');
    }
    case NodeKind::Code:
        break;
    }
    QString code = node.underCommonGroup ? node.id.displayName() : node.id.code();
    if (!node.entry)
        return code;
    return QString(code + u" — "_s + node.entry->text(m_language).title);
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(node);
    case Qt::ToolTipRole:
        if (node.entry)
            return ToolTipText::fromPlainText(node.entry->text(m_language).meaning);
        if (node.kind == NodeKind::Group)
            return ToolTipText::fromPlainText(
                m_catalog.groupText(node.codeKind, node.group, m_language).description);
        return {};
    case CodeKeyRole:
        return node.kind == NodeKind::Code ? node.id.key() : QString();
    case EntryRole:
        return QVariant::fromValue(node.kind == NodeKind::Code ? node.entry : nullptr);
    case NodeKindRole:
        return int(node.kind);
    case CodeRole:
        return node.kind == NodeKind::Code ? node.id.code() : QString();
    case TitleRole:
        return node.entry ? node.entry->text(m_language).title : QString();
    case KindRole:
        return node.kind == NodeKind::CommonGroup ? QString() : codeKindKey(node.codeKind);
    case EntryCountRole:
        return countEntries(node);
    default:
        return {};
    }
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Category");
    return {};
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeKeyRole, "codeKey");
    names.insert(EntryRole, "entry");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(KindRole, "kind");
    names.insert(EntryCountRole, "entryCount");
    return names;
}

} // namespace iisref
