#include "app/charts/chartexport.h"

#include "app/charts/qcpinclude.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>

namespace corescope::gui {

namespace {

// A chart that was never shown (headless --chart, or a hidden tab) has no useful size: give
// it a slide's proportions.
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 720;

QString chartTitle(QCustomPlot *plot)
{
    const QList<QCPLayoutElement *> elements = plot->plotLayout()->elements(true);
    for (QCPLayoutElement *element : elements)
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            if (!text->text().isEmpty())
                return text->text();
    return QCoreApplication::translate("Charts", "Corescope chart");
}

QString writeSvg(QCustomPlot *plot, QFile &file, int width, int height)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    // The layout measured text at the screen's resolution; the SVG must size it the same.
    generator.setResolution(plot->logicalDpiX());
    generator.setTitle(chartTitle(plot));
    generator.setDescription(QCoreApplication::translate("Charts", "Exported by Corescope"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return QCoreApplication::translate("Charts", "could not start drawing the SVG file");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, width, height);
    painter.end();
    return QString();
}

} // namespace

QString exportPlot(QCustomPlot *plot, const QString &path, int width, int height)
{
    if (!plot)
        return QCoreApplication::translate("Charts", "There is no chart to export.");
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf")) {
        return QCoreApplication::translate("Charts", "Cannot export a chart as \"%1\": the file name must end in .png, "
                              ".svg or .pdf.")
            .arg(info.fileName());
    }
    if (width <= 0 || height <= 0) {
        const bool usable = plot->isVisible() && plot->width() >= 200 && plot->height() >= 150;
        width = usable ? plot->width() : kDefaultWidth;
        height = usable ? plot->height() : kDefaultHeight;
    }

    // Open the file ourselves first: QCustomPlot's savers only say "false".
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("Charts", "Cannot write \"%1\": %2.").arg(path, file.errorString());

    QString error;
    if (suffix == QLatin1String("svg")) {
        error = writeSvg(plot, file, width, height);
        file.close();
    } else {
        file.close();
        bool ok = false;
        if (suffix == QLatin1String("png")) {
            // Twice the pixels, same layout: sharp on slides and projectors.
            ok = plot->savePng(path, width, height, 2.0);
        } else {
            ok = plot->savePdf(path, width, height, QCP::epAllowCosmetic,
                               QStringLiteral("Corescope"), chartTitle(plot));
        }
        if (!ok)
            error = QCoreApplication::translate("Charts", "could not write the %1 file").arg(suffix.toUpper());
    }
    // Exporting lays the chart out at the export size; lay it out for the screen again.
    plot->replot(QCustomPlot::rpQueuedReplot);
    if (error.isEmpty() && QFileInfo(path).size() == 0)
        error = QCoreApplication::translate("Charts", "the file is empty");
    if (!error.isEmpty())
        return QCoreApplication::translate("Charts", "Cannot export the chart to \"%1\": %2.").arg(path, error);
    return QString();
}

QString plotExportFilter()
{
    return QCoreApplication::translate("Charts", "PNG image, for slides (*.png);;SVG drawing, for editing (*.svg);;"
                          "PDF document, for reports (*.pdf)");
}

} // namespace corescope::gui
