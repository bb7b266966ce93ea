#include "app/gui/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace corescope::gui {

ExportDialog::ExportDialog(const QStringList &charts, int currentChart, bool haveRunData,
                           const QString &directory, const QString &stem, QWidget *parent)
    : QDialog(parent), m_charts(charts), m_directory(directory), m_stem(stem)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout;

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("exportTarget"));
    for (const QString &chart : charts)
        m_target->addItem(chart, m_target->count());
    if (haveRunData)
        m_target->addItem(tr("Run data (tasks, workers, samples)"), -1);
    m_target->setCurrentIndex(currentChart < 0 ? m_target->count() - 1
                                               : std::clamp(currentChart, 0, int(charts.size()) - 1));
    m_target->setToolTip(tr("A chart as it looks on screen, or the last run's data"));
    auto *targetLabel = new QLabel(tr("&Export:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setToolTip(tr("PNG for slides, SVG for editing, PDF for reports; CSV for "
                            "spreadsheets, the JSON report to reopen the run, a Chrome trace "
                            "for ui.perfetto.dev"));
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);

    auto *sizeRow = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    m_width = new QSpinBox(sizeRow);
    m_height = new QSpinBox(sizeRow);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    m_width->setToolTip(tr("Width of the exported chart (a PNG gets twice as many pixels, "
                           "for sharp slides)"));
    m_height->setToolTip(tr("Height of the exported chart"));
    sizeLayout->addWidget(m_width);
    sizeLayout->addWidget(new QLabel(QStringLiteral("×"), sizeRow));
    sizeLayout->addWidget(m_height);
    sizeLayout->addStretch(1);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);

    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(pathRow);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    m_path->setToolTip(tr("The file to write; an existing file is replaced"));
    auto *browse = new QPushButton(tr("&Browse…"), pathRow);
    browse->setToolTip(tr("Choose the file in a dialog"));
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Write the file"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without exporting"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::onBrowse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportDialog::onTargetChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePath);
    onTargetChanged();
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Csv: return QStringLiteral("csv");
    case Format::JsonReport: return QStringLiteral("json");
    case Format::ChromeTrace: return QStringLiteral("trace.json");
    }
    return {};
}

QString ExportDialog::formatName(Format format)
{
    switch (format) {
    case Format::Png: return tr("PNG image");
    case Format::Svg: return tr("SVG drawing");
    case Format::Pdf: return tr("PDF document");
    case Format::Csv: return tr("CSV, one row per task");
    case Format::JsonReport: return tr("JSON report (reopens the whole run)");
    case Format::ChromeTrace: return tr("Chrome trace (ui.perfetto.dev)");
    }
    return {};
}

bool ExportDialog::isChartFormat(Format format)
{
    return format == Format::Png || format == Format::Svg || format == Format::Pdf;
}

QString ExportDialog::fileTag(const QString &chartName)
{
    QString tag = chartName.toLower();
    if (tag.contains(QLatin1String("timeline")))
        return QStringLiteral("timeline");
    if (tag.contains(QLatin1String("speedup")))
        return QStringLiteral("speedup");
    if (tag.contains(QLatin1String("core")) || tag.contains(QLatin1String("utilization")))
        return QStringLiteral("cores");
    tag.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return tag;
}

int ExportDialog::chart() const
{
    return m_target->currentData().toInt();
}

ExportDialog::Format ExportDialog::format() const
{
    return static_cast<Format>(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

QSize ExportDialog::chartSize() const
{
    return {m_width->value(), m_height->value()};
}

void ExportDialog::setChartSize(const QSize &size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::onTargetChanged()
{
    const bool isChart = chart() >= 0;
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    static constexpr Format kChartFormats[] = {Format::Png, Format::Svg, Format::Pdf};
    static constexpr Format kDataFormats[] = {Format::Csv, Format::JsonReport,
                                              Format::ChromeTrace};
    for (const Format format : isChart ? kChartFormats : kDataFormats)
        m_format->addItem(formatName(format), static_cast<int>(format));
    m_width->setEnabled(isChart);
    m_height->setEnabled(isChart);
    updatePath();
}

void ExportDialog::updatePath()
{
    const QString tag = chart() >= 0 ? fileTag(m_charts.value(chart())) : QStringLiteral("run");
    if (!m_pathEdited) {
        const QString name = QStringLiteral("%1-%2.%3").arg(m_stem, tag, suffix(format()));
        m_path->setText(QDir(m_directory).filePath(name));
        return;
    }
    // The user typed a name: keep it, only make its suffix match the format.
    QString current = path();
    for (const Format f : {Format::ChromeTrace, Format::Png, Format::Svg, Format::Pdf,
                           Format::Csv, Format::JsonReport}) {
        const QString dotted = QLatin1Char('.') + suffix(f);
        if (current.endsWith(dotted, Qt::CaseInsensitive)) {
            current.chop(dotted.size());
            break;
        }
    }
    m_path->setText(current + QLatin1Char('.') + suffix(format()));
}

void ExportDialog::onBrowse()
{
    const QString filter = QStringLiteral("%1 (*.%2)").arg(formatName(format()), suffix(format()));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), filter);
    if (chosen.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(chosen);
    updatePath();   // add the suffix if the dialog did not
}

} // namespace corescope::gui
