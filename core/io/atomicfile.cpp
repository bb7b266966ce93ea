#include "core/io/atomicfile.h"

#include "core/util/enginetext.h"

#include <QFile>
#include <QSaveFile>

#include <streambuf>

namespace corescope::io {

namespace {

// An unbuffered stream onto a QIODevice (the writers buffer in large blocks themselves) that
// keeps the device's first error.
class DeviceStreamBuf final : public std::streambuf {
public:
    explicit DeviceStreamBuf(QIODevice &device) : m_device(device) {}
    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type ch) override
    {
        if (traits_type::eq_int_type(ch, traits_type::eof()))
            return traits_type::not_eof(ch);
        const char c = traits_type::to_char_type(ch);
        return xsputn(&c, 1) == 1 ? ch : traits_type::eof();
    }
    std::streamsize xsputn(const char *data, std::streamsize count) override
    {
        if (m_failed || m_device.write(data, count) != count) {
            m_failed = true;
            return 0;
        }
        return count;
    }

private:
    QIODevice &m_device;
    bool m_failed = false;
};

} // namespace

std::string writeFileAtomically(const std::string &path,
                                const std::function<bool(std::ostream &)> &write)
{
    QSaveFile file(QFile::decodeName(path.c_str()));
    const auto failure = [&path](const QString &reason) {
        return text::formatEngineText(text::kCannotWriteFile,
                                      {path, reason.isEmpty() ? std::string(text::kWriteFailed)
                                                              : reason.toStdString()});
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    DeviceStreamBuf buffer(file);
    std::ostream out(&buffer);
    const bool written = write(out) && out.flush().good() && !buffer.failed();
    if (!written) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : QString();
        file.cancelWriting();
        return failure(reason);
    }
    // commit() flushes, syncs to the device and renames over `path`.
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace corescope::io
