#include "app/charts/chartexport.h"

#include "app/charts/qcpinclude.h"
#include "app/charts/timeaxis.h"

#include <QCoreApplication>
#include <QFile>
#include <QBuffer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <utility>
#include <vector>

namespace corescope::gui {

namespace {

// Largest scale offered: 4 x 1920 x 1080 is already 33 Mpx.
constexpr double kMaxScale = 4.0;

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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
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
    // The document's size in points, as the PDF's and as the size was asked for (Qt writes the
    // screen's pixels as millimetres: 800 px at 96 dpi, 211.667mm); the view box keeps the
    // drawing's own units.
    QByteArray svg = withGenericFontFamilies(buffer.data());
    static const QRegularExpression size(QStringLiteral("<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    svg = QString::fromUtf8(svg)
              .replace(size, QStringLiteral("<svg width=\"%1pt\" height=\"%2pt\"").arg(width).arg(height))
              .toUtf8();
    if (file.write(svg) != svg.size())
        return file.errorString();
    return QString();
}

// A generic family for a family name: monospace and serif faces keep theirs.
QString genericFamily(const QString &family)
{
    const QString lower = family.toLower();
    if (lower.contains(QLatin1String("mono")) || lower.contains(QLatin1String("courier")))
        return QStringLiteral("monospace");
    if ((lower.contains(QLatin1String("serif")) && !lower.contains(QLatin1String("sans")))
        || lower.contains(QLatin1String("times")))
        return QStringLiteral("serif");
    return QStringLiteral("sans-serif");
}

} // namespace

QByteArray withGenericFontFamilies(const QByteArray &svg)
{
    static const QRegularExpression attribute(QStringLiteral("font-family=\"([^\"]*)\""));
    static const QStringList generics{QStringLiteral("sans-serif"), QStringLiteral("serif"),
                                      QStringLiteral("monospace"), QStringLiteral("cursive"),
                                      QStringLiteral("fantasy"), QStringLiteral("system-ui")};
    const QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + 256);
    qsizetype last = 0;
    auto it = attribute.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QStringList families;
        for (const QString &part : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString name = part.trimmed();
            for (const QLatin1String quote : {QLatin1String("'"), QLatin1String("&quot;"),
                                              QLatin1String("&apos;")})
                if (name.size() >= 2 * quote.size() && name.startsWith(quote) && name.endsWith(quote))
                    name = name.mid(quote.size(), name.size() - 2 * quote.size());
            if (!name.isEmpty())
                families << name;
        }
        QString generic = families.isEmpty() ? QStringLiteral("sans-serif") : genericFamily(families.front());
        QStringList written;
        for (const QString &family : std::as_const(families)) {
            const QString lower = family.toLower();
            if (lower == QLatin1String("sans serif") || lower == QLatin1String("sans")) {
                generic = QStringLiteral("sans-serif");   // fontconfig's alias, not a family
                continue;
            }
            if (generics.contains(lower)) {
                generic = lower;
                continue;
            }
            written << (family.contains(QLatin1Char(' ')) ? QStringLiteral("'%1'").arg(family)
                                                         : family);
        }
        written << generic;
        out += QStringLiteral("font-family=\"") + written.join(QStringLiteral(", ")) + QLatin1Char('"');
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QString exportPlot(QCustomPlot *plot, const QString &path, int width, int height, double scale)
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
        width = kDefaultExportWidth;
        height = kDefaultExportHeight;
    }
    if (!(scale >= 1.0 && scale <= kMaxScale))
        return QCoreApplication::translate("Charts", "The scale must be between 1 and %1, not %2.")
            .arg(kMaxScale)
            .arg(scale);

    // Open the file ourselves first: QCustomPlot's savers only say "false".
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("Charts", "Cannot write \"%1\": %2.").arg(path, file.errorString());

    // A file holds the chart alone: without the margins that line its time axis up with the
    // chart beside it on screen (SharedTimeAxis), with QCustomPlot's own padding.
    std::vector<std::pair<QCPAxisRect *, QMargins>> lined;
    for (QCPAxisRect *rect : plot->axisRects()) {
        lined.emplace_back(rect, rect->minimumMargins());
        rect->setMinimumMargins(timeaxis::ownMinimumMargins(rect));
    }
    QString error;
    if (suffix == QLatin1String("svg")) {
        error = writeSvg(plot, file, width, height);
        file.close();
    } else {
        file.close();
        bool ok = false;
        if (suffix == QLatin1String("png")) {
            // Exactly the pixels asked for; more only when a scale is asked for.
            ok = plot->savePng(path, width, height, scale);
        } else {
            ok = plot->savePdf(path, width, height, QCP::epAllowCosmetic,
                               QStringLiteral("Corescope"), chartTitle(plot));
        }
        if (!ok)
            error = QCoreApplication::translate("Charts", "could not write the %1 file").arg(suffix.toUpper());
    }
    for (const auto &[rect, margins] : lined)
        rect->setMinimumMargins(margins);
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
