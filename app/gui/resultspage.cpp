#include "app/gui/resultspage.h"

#include "app/gui/labsession.h"
#include "app/gui/plaintextdelegate.h"
#include "app/gui/resultstable.h"
#include "app/models/taskmodel.h"
#include "app/models/tasksortproxy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace corescope::gui {

ResultsPage::ResultsPage(LabSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    m_model = new TaskModel(this);
    m_proxy = new TaskSortProxy(this);
    m_proxy->setSourceModel(m_model);

    m_table = new ResultsTable(this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    retranslate();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // A million rows: fixed row heights and no per-row header keep the view O(visible rows).
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Resized: the input column takes the spare width. The viewport's own resize, not the
    // table's: a filter sees the table's before the table lays its viewport out, so it read the
    // old width (a window made narrower kept the input column wide, the last columns scrolled).
    m_table->viewport()->installEventFilter(this);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Task order until the user asks for another (no sort column: no sorting work at all).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("resultsOrder"));
    m_order->setContentsMargins(6, 0, 6, 2);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ResultsPage::updateOrderText);
    updateOrderText();
    layout->addWidget(m_order);
    layout->addWidget(m_table);
    setPresentationMode(false);

    connect(session, &LabSession::runStarted, this, &ResultsPage::onRunStarted);
    connect(session, &LabSession::runPiece, this, &ResultsPage::onRunPiece);
    connect(session, &LabSession::savedRunOpened, this, &ResultsPage::onSavedRunOpened);
    connect(session, &LabSession::runEnded, this, &ResultsPage::onRunEnded);
}

QTableView *ResultsPage::table() const
{
    return m_table;
}

QString ResultsPage::orderText() const
{
    return m_order->text();
}

void ResultsPage::updateOrderText()
{
    const QHeaderView *header = m_table->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column < 0 || column >= m_model->columnCount()) {
        m_order->setText(tr("Rows in the order the tasks finished. Click a column header to "
                            "sort."));
        return;
    }
    const QString name = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    m_order->setText(header->sortIndicatorOrder() == Qt::AscendingOrder
                         ? tr("Sorted by %1, ascending. Click the header again to reverse.").arg(name)
                         : tr("Sorted by %1, descending. Click the header again to reverse.").arg(name));
}

void ResultsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ResultsPage::retranslate()
{
    m_table->setToolTip(tr("One row per finished task, in the order they finished. Click a "
                           "column header to sort."));
    if (m_order) {   // (the constructor calls this before the line exists)
        updateOrderText();
        resizeColumns();   // the headers' words changed
    }
}

void ResultsPage::onRunStarted()
{
    m_model->reset(m_session->runWorkload(), m_session->runOptions().runtime);
}

void ResultsPage::onRunPiece(const RunSnapshot &piece)
{
    if (!piece.newlyFinished.empty())
        m_table->rowsWillBeAppended();
    m_model->appendTasks(piece.newlyFinished);
    if (!piece.newlyHandedBack.empty())
        m_model->markHandedBack(piece.newlyHandedBack);
}

void ResultsPage::onSavedRunOpened(const std::shared_ptr<const RunResult> &run)
{
    // The rows a live run would have made, all at once, in the order the tasks finished.
    std::vector<TaskRecord> finished;
    finished.reserve(run->tasks.size());
    for (const TaskRecord &t : run->tasks)
        if (t.state != TaskState::Pending)
            finished.push_back(t);
    std::stable_sort(finished.begin(), finished.end(),
                     [](const TaskRecord &a, const TaskRecord &b) { return a.endNs < b.endNs; });
    m_model->reset(run->workload, run->options.runtime);
    m_model->appendTasks(finished);
    if (!run->handOrder.empty())
        m_model->markHandedBack(run->handOrder);
}

void ResultsPage::onRunEnded()
{
    const auto result = m_session->lastResult();
    if (result)
        m_model->setWorkload(result->workload);
    m_proxy->resort();
    if (result && result->status == RunStatus::Failed && result->failedTask >= 0)
        selectTask(static_cast<quint32>(result->failedTask));
}

void ResultsPage::selectTask(quint32 taskIndex)
{
    const int row = m_model->rowOfTask(taskIndex);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ResultsPage::setPresentationMode(bool on)
{
    // High contrast and roomy rows on a projector; the platform's look otherwise.
    if (on) {
        QPalette palette = m_table->palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::Highlight, QColor(0x0d, 0x47, 0xa1));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        m_table->setPalette(palette);
        m_table->setStyleSheet(QStringLiteral("QTableView { gridline-color: #404040; }"
                                              "QHeaderView::section { font-weight: bold; }"));
    } else {
        m_table->setPalette(QPalette());
        m_table->setStyleSheet(QString());
    }
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height()
                                                     + (on ? 12 : 8));
    resizeColumns();
}

bool ResultsPage::eventFilter(QObject *watched, QEvent *event)
{
    // A new width only (a scroll bar that comes or goes changes the height too): the input
    // column takes what is left, and the widths the user dragged stay.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fitInputColumn();
    }
    return QWidget::eventFilter(watched, event);
}

void ResultsPage::resizeColumns()
{
    // Widths in digits of the current font, so presentation mode keeps every header readable,
    // and never narrower than the column's header (and its sort arrow) or, for OK, its widest
    // word in the language: at 1440 px wide the window cut "Handed back" off behind a scroll bar
    // with room to spare in the input, result and OK columns.
    const QFontMetrics cells = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const int digit = cells.horizontalAdvance(QLatin1Char('0'));
    constexpr int kDigits[TaskModel::ColumnCount] = {6, 18, 12, 0, 6, 8, 5, 9, 9};
    // (A task that did not end well is said in bold.)
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldCells(bold);
    int okWidth = 0;
    for (const QString &text : TaskModel::okTexts())
        okWidth = std::max(okWidth, boldCells.horizontalAdvance(text));
    for (int column = 0; column < TaskModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max({kDigits[column] * digit + 16,
                                    header.horizontalAdvance(title) + 28,
                                    column == TaskModel::OkColumn ? okWidth + 16 : 0});
        m_table->setColumnWidth(column, width);
    }
    m_inputMinimum = m_table->columnWidth(TaskModel::InputColumn);
    fitInputColumn();
}

void ResultsPage::fitInputColumn()
{
    // The input column (pairs can be long) takes whatever width the others leave over.
    int others = 0;
    for (int column = 0; column < TaskModel::ColumnCount; ++column)
        if (column != TaskModel::InputColumn)
            others += m_table->columnWidth(column);
    m_table->setColumnWidth(TaskModel::InputColumn,
                            std::max(m_inputMinimum, m_table->viewport()->width() - others));
}

} // namespace corescope::gui
