#include "app/i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace corescope::i18n {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ru")};
}

QString nativeLanguageName(const QString &code)
{
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString resolveLanguage(const QString &requested)
{
    if (availableLanguages().contains(requested))
        return requested;
    if (!requested.isEmpty() && requested != QLatin1String("system"))
        return {};
    // uiLanguages() honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Unix, in that order.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool applyLanguage(const QString &code)
{
    Installed &state = installed();
    for (auto *translator : {&state.ours, &state.qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
    state.language = availableLanguages().contains(code) ? code : QStringLiteral("en");
    const QLocale locale(state.language == QLatin1String("en") ? QLocale::English
                         : state.language == QLatin1String("ko") ? QLocale::Korean
                                                                  : QLocale::Russian);
    QLocale::setDefault(locale);
    // English installs nothing: removing the translators above already told every widget.
    if (state.language == QLatin1String("en"))
        return true;
    bool ok = true;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/corescope_%1.qm").arg(state.language))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    } else {
        ok = false;
    }
    // Qt's own strings (standard buttons and dialogs); a missing file is not ours to fail on.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return ok;
}

QString lessonText(std::string_view text)
{
    if (text.empty())
        return {};
    // The lessons' texts are string literals: data() ends in a NUL.
    return QCoreApplication::translate("Lesson", text.data());
}

QString currentLanguage()
{
    return installed().language;
}

QString takeLanguageOption(QStringList &arguments, bool *found)
{
    if (found)
        *found = false;
    QString code;
    for (int i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            code = arguments.value(i + 1);
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (a.startsWith(QLatin1String("--lang="))) {
            code = a.mid(7);
            arguments.remove(i);
        } else {
            ++i;
            continue;
        }
        if (found)
            *found = true;
    }
    return code;
}

} // namespace corescope::i18n
