package org.monitoringadvisor.bench;

/**
 * The JVM options the app runs its HTTP service ({@code serve}) and survey with (src/packaging/linux/
 * monitoring-advisor, bin/monitoring-advisor), for the benchmarks that stand for a tool calling the engine many
 * times a second. The collector matters on this path: on G1, the JVM's default, a warm assessment took a fifth to a
 * half more CPU (all threads counted) than on the serial collector (docs/performance.md, Throughput, fifth
 * session), probably G1's write barriers, since every assessment stores young objects into a pooled session that
 * is old. The parallel collector has the serial one's barriers, so the same CPU on one thread, and two threads did
 * about a tenth more on it (fourteenth session). The throughput benchmark also runs once on G1, for an embedder who
 * keeps the default.
 */
final class ServiceJvm {

    static final String COLLECTOR = "-XX:+UseParallelGC";
    static final String HEAP_CAP = "-Xmx256m";
    static final String DEFAULT_COLLECTOR = "-XX:+UseG1GC";

    private ServiceJvm() {
    }
}
