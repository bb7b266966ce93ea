#pragma once

#include <QComboBox>
#include <QStandardItemModel>

namespace corescope::gui {

/// Greys one entry of `box` out (or back in) without removing it, so its tooltip can say why.
/// QComboBox has no call for this: its default model is a QStandardItemModel, whose items do.
inline void setItemEnabled(QComboBox *box, int index, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
        if (QStandardItem *item = model->item(index))
            item->setEnabled(enabled);
}

} // namespace corescope::gui
