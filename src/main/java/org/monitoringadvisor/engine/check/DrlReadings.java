package org.monitoringadvisor.engine.check;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.monitoringadvisor.knowledge.Knowledge.RuleFile;

/**
 * The DRL files of a rule base as {@link DrlReader} read them, remembered for the rule files read last. {@code check}
 * lints a rule base and then compiles it, and the compiler lints it again: for 1,000 rules the second reading with
 * Drools' parser took 0.6-0.9 s of the check's 4.5 s of CPU. The readings are immutable, so the same ones serve
 * both; they are held softly, so a large rule base read once does not stay in memory for the life of a server. A
 * reading may also be promised before it is made ({@link ParsedRuleFiles}, on another thread): the checker then
 * waits for it instead of reading the files itself.
 */
final class DrlReadings {

    /** The rule files read (or being read) last and their readings. */
    private record Memo(List<RuleFile> from, CompletableFuture<List<DrlFile>> read) {
    }

    private static volatile SoftReference<Memo> last = new SoftReference<>(null);

    private DrlReadings() {
    }

    /** Every file of {@code ruleFiles}, read, in their order. */
    static List<DrlFile> of(List<RuleFile> ruleFiles) {
        Memo memo = last.get();
        if (memo != null && (memo.from() == ruleFiles || memo.from().equals(ruleFiles))) {
            try {
                return memo.read().join();
            } catch (CompletionException | CancellationException e) {
                // The promised reading was not made: read them here (what went wrong there goes wrong here).
            }
        }
        List<DrlFile> read = ruleFiles.stream().map(f -> DrlReader.read(f.location(), f.text())).toList();
        last = new SoftReference<>(new Memo(List.copyOf(ruleFiles), CompletableFuture.completedFuture(read)));
        return read;
    }

    /**
     * Promises the reading of {@code ruleFiles}: until the future returned is completed, {@link #of} these files
     * waits for it. The caller must complete it, normally or not.
     */
    static CompletableFuture<List<DrlFile>> promise(List<RuleFile> ruleFiles) {
        CompletableFuture<List<DrlFile>> read = new CompletableFuture<>();
        last = new SoftReference<>(new Memo(List.copyOf(ruleFiles), read));
        return read;
    }
}
