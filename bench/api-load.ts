/**
 * The API benchmark's load generator, in its own process so that it shares no event loop with the
 * harness or the server: runs autocannon once and prints one JSON line with the figures and this
 * process's CPU time over the run (what the load generator itself costs the shared machine).
 * argv: <url> <connections> <seconds> [overall rate, req/s; 0 = as fast as answered] [gzip|identity]
 * With `gzip` the requests accept gzip as browsers do (the server then sends its compressed copy).
 */
import autocannon from 'autocannon';

const [url = '', connectionsArg = '200', secondsArg = '5', rateArg = '0', encoding = 'gzip'] =
  process.argv.slice(2);
const rate = Number(rateArg);
const before = process.cpuUsage();
const r = await autocannon({
  url,
  connections: Number(connectionsArg),
  duration: Number(secondsArg),
  pipelining: 1,
  headers: encoding === 'gzip' ? { 'accept-encoding': 'gzip, deflate, br' } : {},
  ...(rate > 0 ? { overallRate: rate } : {}),
});
const cpu = process.cpuUsage(before);
process.stdout.write(
  JSON.stringify({
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    bad: r.non2xx + r.errors + r.timeouts,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    cpuMs: (cpu.user + cpu.system) / 1000,
  }) + '\n',
);
