#pragma once

#include <QDialog>
#include <QList>
#include <QSize>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace corescope::gui {

/// Ctrl+E: what to export (a chart, or the run's data), as what, and where. It only asks;
/// the window writes the file, so every export goes through the same code as the menu's.
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    enum class Format { Png, Svg, Pdf, Csv, JsonReport, ChromeTrace };

    /// `charts` are the charts' names ("Per-core utilization", ...); the last entry of the
    /// "Export" list is the run's data, offered when `haveRunData`. `stem` starts the file
    /// name ("primes50"), `directory` is where it goes.
    ExportDialog(const QStringList &charts, int currentChart, bool haveRunData,
                 const QString &directory, const QString &stem, QWidget *parent = nullptr);

    /// The chart's index in `charts`, or -1 for the run's data.
    int chart() const;
    Format format() const;
    QString path() const;
    /// Chart size in pixels (PNG) or points (SVG / PDF): a PNG has exactly these pixels
    /// times scale(). Starts at the first preset, 1280 x 720.
    QSize chartSize() const;
    /// Picks the preset of that size, else "Custom" with these values.
    void setChartSize(const QSize &size);
    /// Offers "As on screen (W × H)" among the presets (not chosen: slides want 16:9).
    void setScreenSize(const QSize &size);
    /// 1, 2 or 3: a PNG's pixels per chart pixel (the layout stays that of chartSize()).
    double scale() const;

    /// The 16:9 sizes offered first: 1280 x 720 (the default), 1920 x 1080.
    static QList<QSize> sizePresets();

    static QString suffix(Format format);
    static QString formatName(Format format);
    static bool isChartFormat(Format format);
    /// "timeline" for "Task timeline": the part of the file name naming what was exported.
    static QString fileTag(const QString &chartName);

private:
    void onTargetChanged();
    void updatePath();
    void onBrowse();
    void onPresetChosen();
    void updateSizeControls();

    QStringList m_charts;
    QString m_directory;
    QString m_stem;
    QComboBox *m_target = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_preset = nullptr;
    QComboBox *m_scale = nullptr;
    QLineEdit *m_path = nullptr;
    bool m_pathEdited = false;
};

} // namespace corescope::gui
