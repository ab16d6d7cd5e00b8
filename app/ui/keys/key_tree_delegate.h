#pragma once
// Paints the key tree from the model's roles: a folder for namespaces, a server icon for
// databases, tombstones (keys deleted from the browser) struck through and greyed.
#include <QStyledItemDelegate>

class KeyTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
