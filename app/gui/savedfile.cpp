#include "app/gui/savedfile.h"

#include "app/i18n/language.h"

#include "core/io/reportreader.h"
#include "core/io/sweepreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace corescope::gui {

QString savedDate(const std::string &startedAt)
{
    QString text = QString::fromStdString(startedAt);
    // "2026-11-30T10:00:00+0100": date and minutes are what people compare.
    if (text.size() >= 16 && text.at(10) == QLatin1Char('T'))
        return text.left(10) + QLatin1Char(' ') + text.mid(11, 5);
    return text.isEmpty() ? QCoreApplication::translate("corescope::gui::SavedFile", "an unknown date") : text;
}

QString SavedFile::banner() const
{
    const MachineInfo &m = machine();
    const QString host = m.hostname.empty() ? QCoreApplication::translate("corescope::gui::SavedFile", "an unnamed machine")
                                            : QString::fromStdString(m.hostname);
    return (kind == Kind::Run ? QCoreApplication::translate("corescope::gui::SavedFile", "saved run from %1, %2")
                              : QCoreApplication::translate("corescope::gui::SavedFile", "saved sweep from %1, %2"))
        .arg(host, savedDate(startedAt()));
}

QString savedFileFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(8192);
    static const QRegularExpression format(
        QStringLiteral("^\\s*\\{\\s*\"format\"\\s*:\\s*\"(corescope-[a-z]+)\""));
    const auto match = format.match(QString::fromUtf8(head));
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isSavedFile(const QString &path)
{
    const QString format = savedFileFormat(path);
    return format == QLatin1String(io::kRunReportFormat.data())
        || format == QLatin1String(kSweepReportFormat.data());
}

std::variant<SavedFile, QString> loadSavedFile(const QString &path)
{
    const QString format = savedFileFormat(path);
    const std::string native = QFile::encodeName(path).toStdString();
    SavedFile saved;
    saved.path = QFileInfo(path).absoluteFilePath();
    if (format == QLatin1String(io::kRunReportFormat.data())) {
        auto read = readRunReport(native);
        if (auto *error = std::get_if<std::string>(&read))
            return i18n::framedEngineText(*error);
        saved.kind = SavedFile::Kind::Run;
        saved.run = std::make_shared<const RunResult>(std::move(std::get<RunResult>(read)));
        return saved;
    }
    if (format == QLatin1String(kSweepReportFormat.data())) {
        auto read = readSweepReport(native);
        if (auto *error = std::get_if<std::string>(&read))
            return i18n::framedEngineText(*error);
        saved.kind = SavedFile::Kind::Sweep;
        saved.sweep = std::make_shared<const SweepResult>(std::move(std::get<SweepResult>(read)));
        return saved;
    }
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("corescope::gui::SavedFile", "%1: no such file").arg(path);
    return QCoreApplication::translate("corescope::gui::SavedFile", "%1: not a saved Corescope run or sweep (its \"format\" is not "
                          "\"corescope-run\" or \"corescope-sweep\")")
        .arg(QFileInfo(path).fileName());
}

} // namespace corescope::gui
