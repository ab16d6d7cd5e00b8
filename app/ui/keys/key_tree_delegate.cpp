#include "ui/keys/key_tree_delegate.h"

#include "model/keys/key_tree_model.h"

#include <QApplication>
#include <QStyle>

void KeyTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != KeyTreeModel::NameColumn) {
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const auto kind = index.data(KeyTreeModel::ItemKindRole).value<KeyTreeModel::ItemKind>();
    switch (kind) {
    case KeyTreeModel::ItemKind::Database:
        option->icon = style->standardIcon(QStyle::SP_DriveHDIcon);
        option->font.setBold(true);
        break;
    case KeyTreeModel::ItemKind::Namespace:
        option->icon = style->standardIcon(QStyle::SP_DirIcon);
        break;
    case KeyTreeModel::ItemKind::Key:
        option->icon = style->standardIcon(QStyle::SP_FileIcon);
        if (index.data(KeyTreeModel::DeletedRole).toBool()) {
            option->font.setStrikeOut(true);
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
        break;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
}
