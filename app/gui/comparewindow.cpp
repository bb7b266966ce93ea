#include "app/gui/comparewindow.h"

#include "app/charts/chartexport.h"
#include "app/charts/runlabel.h"
#include "app/charts/speedupchart.h"
#include "app/charts/sweepchartdata.h"
#include "app/charts/timelinechart.h"
#include "app/gui/closeshortcuts.h"
#include "core/util/duration.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/charts/qcpinclude.h"

#include <algorithm>

namespace corescope::gui {

namespace {

enum Page { EmptyPage, SweepsPage, RunsPage };

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

const char *kSlotNames[] = {"A", "B"};

} // namespace

CompareWindow::CompareWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("compareWindow"));
    addCloseShortcuts(this);
    setWindowTitle(tr("Compare — Corescope"));
    resize(1400, 860);
    auto *layout = new QVBoxLayout(this);

    auto *files = new QGridLayout;
    const QString styles[] = {tr("solid lines, filled markers"), tr("dashed lines, hollow markers")};
    for (int slot = 0; slot < 2; ++slot) {
        auto *tag = new QLabel(QStringLiteral("<b>%1</b>").arg(QLatin1String(kSlotNames[slot])), this);
        tag->setToolTip(tr("On the sweep charts: %1").arg(styles[slot]));
        m_fileLabels[std::size_t(slot)] = new QLabel(tr("no file yet"), this);
        m_fileLabels[std::size_t(slot)]->setObjectName(QStringLiteral("compareFile%1").arg(QLatin1String(kSlotNames[slot])));
        m_fileLabels[std::size_t(slot)]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *open = new QPushButton(tr("Open %1…").arg(QLatin1String(kSlotNames[slot])), this);
        open->setToolTip(tr("A saved run or sweep (File > Save in the main window)"));
        connect(open, &QPushButton::clicked, this, [this, slot] { onOpenClicked(slot); });
        files->addWidget(tag, slot, 0);
        files->addWidget(m_fileLabels[std::size_t(slot)], slot, 1);
        files->addWidget(open, slot, 2);
    }
    files->setColumnStretch(1, 1);
    layout->addLayout(files);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Open two saved runs or two saved sweeps to compare them."), m_pages);
    empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(empty);

    auto *sweeps = new QSplitter(Qt::Horizontal, m_pages);
    sweeps->setChildrenCollapsible(false);
    m_speedup = new SpeedupChart(sweeps);
    m_speedup->setObjectName(QStringLiteral("compareSpeedupChart"));
    m_efficiency = new SpeedupChart(sweeps);
    m_efficiency->setObjectName(QStringLiteral("compareEfficiencyChart"));
    m_efficiency->setMetric(SpeedupChart::Metric::Efficiency);
    sweeps->addWidget(m_speedup);
    sweeps->addWidget(m_efficiency);
    m_pages->addWidget(sweeps);

    auto *runs = new QSplitter(Qt::Vertical, m_pages);
    runs->setChildrenCollapsible(false);
    for (int slot = 0; slot < 2; ++slot) {
        auto *timeline = new TimelineChart(runs);
        timeline->setObjectName(QStringLiteral("compareTimeline%1").arg(QLatin1String(kSlotNames[slot])));
        timeline->setMinimumHeight(200);
        m_timelines[std::size_t(slot)] = timeline;
        runs->addWidget(timeline);
    }
    m_pages->addWidget(runs);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_export = new QPushButton(tr("&Export Chart…"), this);
    m_export->setToolTip(tr("Write one of these charts as PNG, SVG or PDF"));
    connect(m_export, &QPushButton::clicked, this, &CompareWindow::onExportClicked);
    auto *close = new QPushButton(tr("&Close"), this);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    buttons->addWidget(m_export);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    rebuild();
}

bool CompareWindow::setFile(int slot, const QString &path, QString *error)
{
    if (slot < 0 || slot > 1)
        return false;
    auto loaded = loadSavedFile(path);
    if (auto *why = std::get_if<QString>(&loaded)) {
        m_message->setText(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), *why));
        if (error)
            *error = *why;
        return false;
    }
    m_files[std::size_t(slot)] = std::get<SavedFile>(std::move(loaded));
    m_lastDirectory = QFileInfo(path).absolutePath();
    rebuild();
    return true;
}

bool CompareWindow::openFiles(const QString &a, const QString &b, QString *error)
{
    return setFile(0, a, error) && setFile(1, b, error);
}

QString CompareWindow::legendName(int slot) const
{
    const SavedFile &f = *m_files[std::size_t(slot)];
    const QString host = f.machine().hostname.empty() ? tr("unnamed machine")
                                                      : fromStd(f.machine().hostname);
    return QStringLiteral("%1: %2 (%3)").arg(QLatin1String(kSlotNames[slot]), host,
                                            QFileInfo(f.path).fileName());
}

void CompareWindow::rebuild()
{
    for (int slot = 0; slot < 2; ++slot) {
        const auto &f = m_files[std::size_t(slot)];
        m_fileLabels[std::size_t(slot)]->setText(
            f ? QStringLiteral("%1 — %2 · %3").arg(QDir::toNativeSeparators(f->path), f->banner(),
                                                   machineText(f->machine()))
              : tr("no file yet"));
    }
    const bool haveA = m_files[0].has_value();
    const bool haveB = m_files[1].has_value();
    if (!haveA && !haveB) {
        m_view = View::Empty;
        m_pages->setCurrentIndex(EmptyPage);
        m_export->setEnabled(false);
        return;
    }
    std::vector<int> slots;
    for (int slot = 0; slot < 2; ++slot)
        if (m_files[std::size_t(slot)])
            slots.push_back(slot);
    const SavedFile::Kind kind = m_files[std::size_t(slots.front())]->kind;
    const bool mixed = slots.size() == 2 && m_files[1]->kind != kind;
    if (mixed) {
        m_view = View::Mixed;
        m_pages->setCurrentIndex(EmptyPage);
        m_message->setText(tr("A is a %1 and B a %2: compare two runs or two sweeps.")
                               .arg(m_files[0]->kind == SavedFile::Kind::Run ? tr("run") : tr("sweep"),
                                    m_files[1]->kind == SavedFile::Kind::Run ? tr("run") : tr("sweep")));
        m_export->setEnabled(false);
        return;
    }
    m_export->setEnabled(true);
    m_message->setText(slots.size() < 2 ? tr("Open a second file to compare with.") : QString());

    if (kind == SavedFile::Kind::Sweep) {
        m_view = View::Sweeps;
        std::vector<SpeedupSeries> all;
        std::vector<CoreMarker> markers;
        QStringList workloads;
        bool baseline = false;
        for (int slot : slots) {
            const SweepResult &sweep = *m_files[std::size_t(slot)]->sweep;
            baseline = baseline || sweep.baseline() != nullptr;
            for (SpeedupSeries line : sweepSpeedupSeries(sweep)) {
                line.name = QStringLiteral("%1 — %2").arg(line.name, legendName(slot));
                line.lineStyle = slot == 0 ? Qt::SolidLine : Qt::DashLine;
                all.push_back(std::move(line));
            }
            const QString host = fromStd(sweep.machine.hostname);
            const QString label = QStringLiteral("%1: %2").arg(QLatin1String(kSlotNames[slot]), host);
            auto same = std::find_if(markers.begin(), markers.end(), [&](const CoreMarker &m) {
                return m.cores == sweep.machine.logicalCores;
            });
            if (same != markers.end())
                same->label += QStringLiteral(", ") + label;
            else if (sweep.machine.logicalCores > 0)
                markers.push_back({sweep.machine.logicalCores, label});
            if (sweep.workload && !workloads.contains(workloadName(*sweep.workload)))
                workloads << workloadName(*sweep.workload);
        }
        const QString subtitle = tr("%1 · A solid, B dashed").arg(workloads.join(QStringLiteral(" vs ")));
        m_speedup->setTitle(tr("Speedup — compared"), subtitle);
        m_speedup->setData(all, 0, baseline);
        m_speedup->setCoreMarkers(markers);
        m_efficiency->setTitle(tr("Efficiency — compared"), subtitle);
        m_efficiency->setData(all, 0, baseline);
        m_efficiency->setCoreMarkers(markers);
        m_pages->setCurrentIndex(SweepsPage);
        return;
    }

    m_view = View::Runs;
    std::int64_t longest = 0;
    for (int slot = 0; slot < 2; ++slot) {
        TimelineChart *timeline = m_timelines[std::size_t(slot)];
        const auto &f = m_files[std::size_t(slot)];
        timeline->setVisible(f.has_value());
        if (!f)
            continue;
        const RunResult &run = *f->run;
        timeline->setRun(run);
        timeline->setTitle(tr("%1: task timeline").arg(QLatin1String(kSlotNames[slot])),
                           tr("%1 · %2 · %3 · wall time %4")
                               .arg(run.workload ? workloadName(*run.workload) : QString(),
                                    runLabel(run), legendName(slot),
                                    durationTextNs(run.wallNs)));
        longest = std::max(longest, run.wallNs);
    }
    // One time scale for both: the faster run's timeline ends where it ended.
    const double seconds = std::max(1e-3, double(longest) * 1e-9);
    for (int slot : slots) {
        m_timelines[std::size_t(slot)]->plot()->xAxis->setRange(-seconds * 0.01, seconds * 1.02);
        m_timelines[std::size_t(slot)]->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
    m_pages->setCurrentIndex(RunsPage);
}

void CompareWindow::onOpenClicked(int slot)
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Saved Run or Sweep"), m_lastDirectory,
        tr("Corescope reports (*.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(slot, path);
}

QCustomPlot *CompareWindow::plotOf(Chart chart) const
{
    switch (chart) {
    case Chart::Speedup: return m_speedup->plot();
    case Chart::Efficiency: return m_efficiency->plot();
    case Chart::TimelineA: return m_timelines[0]->plot();
    case Chart::TimelineB: return m_timelines[1]->plot();
    }
    return nullptr;
}

QString CompareWindow::exportChart(Chart chart, const QString &path, QSize size)
{
    QCustomPlot *plot = plotOf(chart);
    // No size asked for: a slide's (exportPlot's default), not the strip shown on screen.
    return exportPlot(plot, path, size.width(), size.height());
}

void CompareWindow::onExportClicked()
{
    QMenu menu(this);
    std::vector<std::pair<Chart, QString>> charts;
    if (m_view == View::Sweeps)
        charts = {{Chart::Speedup, tr("Speedup")}, {Chart::Efficiency, tr("Efficiency")}};
    else if (m_view == View::Runs) {
        if (m_files[0])
            charts.push_back({Chart::TimelineA, tr("Timeline A")});
        if (m_files[1])
            charts.push_back({Chart::TimelineB, tr("Timeline B")});
    }
    for (const auto &[chart, name] : charts) {
        const Chart which = chart;
        const QString title = name;
        connect(menu.addAction(tr("%1…").arg(name)), &QAction::triggered, this, [this, which, title] {
            const QString suggested = QDir(m_lastDirectory).filePath(
                QStringLiteral("compare-%1.png").arg(title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'))));
            const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(title),
                                                              suggested, plotExportFilter());
            if (path.isEmpty())
                return;
            const QString error = exportChart(which, path);
            m_message->setText(error.isEmpty() ? tr("Exported %1 to %2").arg(title, QDir::toNativeSeparators(path))
                                               : tr("Could not export %1: %2").arg(title, error));
        });
    }
    menu.exec(m_export->mapToGlobal(QPoint(0, m_export->height())));
}

} // namespace corescope::gui
