#include "import/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace cohort::import;

/// Sha256: the batch checksum is the standard digest, however the bytes are split.
class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors()
    {
        Sha256 empty;
        QCOMPARE(empty.result().toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 abc;
        abc.addData("abc");
        QCOMPARE(abc.result().toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void matchesQtAcrossPieces()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : data)
            c = char(generator.bounded(256));
        Sha256 ours;
        // Pieces of odd sizes, as a file read in buffers would give.
        for (qsizetype at = 0, piece = 1; at < data.size(); at += piece, piece = piece * 3 + 1)
            ours.addData(QByteArrayView(data.constData() + at, std::min(piece, data.size() - at)));
        QCOMPARE(ours.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QVERIFY(qstrlen(Sha256::backend()) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
