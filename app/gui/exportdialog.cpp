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

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("exportSizePreset"));
    for (const QSize &size : sizePresets())
        m_preset->addItem(size == QSize(1280, 720)
                              ? tr("%1 × %2 (16:9, HD slide)").arg(size.width()).arg(size.height())
                              : tr("%1 × %2 (16:9, Full HD)").arg(size.width()).arg(size.height()),
                          size);
    m_preset->addItem(tr("Custom"), QSize());
    m_preset->setToolTip(tr("Slide-shaped sizes first; Custom for any other"));
    auto *presetLabel = new QLabel(tr("Si&ze:"), this);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, m_preset);

    auto *sizeRow = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    m_width = new QSpinBox(sizeRow);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height = new QSpinBox(sizeRow);
    m_height->setObjectName(QStringLiteral("exportHeight"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setValue(sizePresets().front().width());
    m_height->setValue(sizePresets().front().height());
    m_width->setToolTip(tr("Width of the exported chart: a PNG has exactly this many pixels "
                           "(times the scale); SVG and PDF take it in points"));
    m_height->setToolTip(tr("Height of the exported chart"));
    sizeLayout->addWidget(m_width);
    sizeLayout->addWidget(new QLabel(QStringLiteral("×"), sizeRow));
    sizeLayout->addWidget(m_height);
    sizeLayout->addStretch(1);
    auto *sizeLabel = new QLabel(tr("&Width × height:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, sizeRow);

    m_scale = new QComboBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->addItem(tr("1× (exactly the size above)"), 1.0);
    m_scale->addItem(tr("2× (twice the pixels, same layout: sharp on high-DPI projectors)"), 2.0);
    m_scale->addItem(tr("3× (three times the pixels, same layout)"), 3.0);
    m_scale->setToolTip(tr("PNG only: more pixels for the same picture; SVG and PDF are "
                           "sharp at any size"));
    auto *scaleLabel = new QLabel(tr("Sc&ale:"), this);
    scaleLabel->setBuddy(m_scale);
    form->addRow(scaleLabel, m_scale);

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
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeControls);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::onPresetChosen);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            // A size typed in is a custom one unless it is a preset's.
            const int at = m_preset->findData(chartSize());
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(at >= 0 ? at : m_preset->findData(QSize()));
        });
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
    m_height->setValue(size.height());   // the preset follows (valueChanged)
}

void ExportDialog::setScreenSize(const QSize &size)
{
    if (size.isEmpty() || m_preset->findData(size) >= 0)
        return;
    const QSignalBlocker blocker(m_preset);
    m_preset->insertItem(m_preset->count() - 1,
                         tr("As on screen (%1 × %2)").arg(size.width()).arg(size.height()), size);
}

double ExportDialog::scale() const
{
    return format() == Format::Png ? m_scale->currentData().toDouble() : 1.0;
}

QList<QSize> ExportDialog::sizePresets()
{
    return {QSize(1280, 720), QSize(1920, 1080)};
}

void ExportDialog::onPresetChosen()
{
    const QSize size = m_preset->currentData().toSize();
    if (size.isEmpty())
        return;   // Custom: the values stay, to be edited
    const QSignalBlocker blockWidth(m_width);
    const QSignalBlocker blockHeight(m_height);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::updateSizeControls()
{
    const bool isChart = chart() >= 0;
    m_preset->setEnabled(isChart);
    m_width->setEnabled(isChart);
    m_height->setEnabled(isChart);
    m_scale->setEnabled(isChart && format() == Format::Png);
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
    updateSizeControls();
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
