// WorkloadChooser: the workload list (keys, file icons, its height), the details, Open.
#include "app/gui/workloadchooser.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace corescope::gui {

namespace {
// The fewest rows the list gives up to: a class still sees a handful of workloads at once.
constexpr int kMinRows = 6;

constexpr int kKeyRole = Qt::UserRole;
constexpr int kIsFileRole = Qt::UserRole + 1;

} // namespace

WorkloadChooser::WorkloadChooser(QWidget *parent) : QGroupBox(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_workloads = new QListWidget(this);
    m_workloads->setObjectName(QStringLiteral("workloadList"));
    m_workloads->setSelectionMode(QAbstractItemView::SingleSelection);
    m_workloads->setUniformItemSizes(true);
    // As tall as its entries (no empty white box), shrinking with a scroll bar if needed.
    m_workloads->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_workloads->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(m_workloads, &QListWidget::currentItemChanged, this,
            &WorkloadChooser::onCurrentItemChanged);
    layout->addWidget(m_workloads, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("workloadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    layout->addWidget(m_details);

    m_openButton = new QPushButton(this);
    layout->addWidget(m_openButton);
    retranslate();
    updateListHeight();
}

void WorkloadChooser::retranslate()
{
    setTitle(tr("Workload"));
    m_workloads->setToolTip(tr("The workloads shipped with Corescope and the files you opened: "
                               "pick one, then press Run (Ctrl+R)"));
    m_workloads->setAccessibleName(tr("Workloads"));
    m_details->setToolTip(tr("What the selected workload runs, and what to look for"));
}

void WorkloadChooser::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateListHeight();
}

void WorkloadChooser::updateListHeight()
{
    // Room for every shipped workload at normal size; at most ten rows with presentation
    // fonts, so the run options below stay on screen; fewer when the caller has less room.
    // Whole rows, so that no entry shows cut in half at the bottom. With uniform item sizes
    // Qt gives every row the last one's height (an opened file's, with its icon, is taller).
    const int count = m_workloads->count();
    const int row = count > 0 ? std::max({m_workloads->sizeHintForRow(0),
                                          m_workloads->sizeHintForRow(count - 1), 1})
                              : fontMetrics().height() + 2;
    const int rows = fontMetrics().height() > 20 ? 10 : 16;
    const int frame = 2 * m_workloads->frameWidth();
    int fit = rows;
    if (m_heightLimit >= 0)
        fit = std::clamp((m_heightLimit - frame) / row, kMinRows, rows);
    const int height = row * fit + frame;
    if (m_workloads->minimumHeight() != row * kMinRows + frame)
        m_workloads->setMinimumHeight(row * kMinRows + frame);
    if (m_workloads->maximumHeight() != height) {
        m_workloads->setMaximumHeight(height);
        // Shorter: the chosen workload stays in view once the list has its new height.
        QTimer::singleShot(0, m_workloads, [list = m_workloads] {
            if (QListWidgetItem *item = list->currentItem())
                list->scrollToItem(item);
        });
    }
}

void WorkloadChooser::limitListHeight(int pixels)
{
    m_heightLimit = pixels;
    updateListHeight();
}

void WorkloadChooser::addWorkload(const QString &key, const QString &name,
                                  const QString &description, bool isFile)
{
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < m_workloads->count(); ++i)
        if (m_workloads->item(i)->data(kKeyRole).toString() == key)
            item = m_workloads->item(i);
    if (!item) {
        item = new QListWidgetItem(m_workloads);
        item->setData(kKeyRole, key);
        item->setData(kIsFileRole, isFile);
        updateListHeight();
    }
    item->setText(name);
    item->setToolTip(isFile ? QStringLiteral("%1\n\n%2").arg(key, description) : description);
    if (isFile)
        item->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
}

void WorkloadChooser::setCurrentWorkload(const QString &key)
{
    for (int i = 0; i < m_workloads->count(); ++i) {
        if (m_workloads->item(i)->data(kKeyRole).toString() == key) {
            m_settingSelection = true;
            m_workloads->setCurrentRow(i);
            m_settingSelection = false;
            m_workloads->scrollToItem(m_workloads->item(i));
            return;
        }
    }
}

QString WorkloadChooser::currentWorkloadKey() const
{
    const QListWidgetItem *item = m_workloads->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

void WorkloadChooser::setDetails(const QString &text)
{
    m_details->setText(text);
}

void WorkloadChooser::onCurrentItemChanged(QListWidgetItem *current)
{
    if (m_settingSelection || !current)
        return;
    Q_EMIT workloadChosen(current->data(kKeyRole).toString());
}

} // namespace corescope::gui
