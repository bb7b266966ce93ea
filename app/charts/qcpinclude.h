#pragma once

// QCustomPlot 2.1's header still spells `signals:` and `foreach`, which our targets switch off
// (QT_NO_KEYWORDS, QT_NO_FOREACH). Include it through here: the words are mapped for the
// header only and removed again, so our own code stays keyword-free.

#if defined(QT_NO_KEYWORDS) && !defined(signals)
#define signals Q_SIGNALS
#define CORESCOPE_QCP_UNDEF_SIGNALS
#endif
#if !defined(foreach)
#define foreach(declaration, container) for (declaration : container)
#define CORESCOPE_QCP_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef CORESCOPE_QCP_UNDEF_SIGNALS
#undef signals
#undef CORESCOPE_QCP_UNDEF_SIGNALS
#endif
#ifdef CORESCOPE_QCP_UNDEF_FOREACH
#undef foreach
#undef CORESCOPE_QCP_UNDEF_FOREACH
#endif
