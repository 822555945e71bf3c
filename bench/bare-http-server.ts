/**
 * The API benchmark's floor: a bare node:http server that answers every request with one fixed body
 * (argv: body bytes), measured in the same run as rasd's server so that the machine's state at that
 * moment shows apart from what the server adds. Prints `READY <url> 0`; answers IPC `cpu`.
 */
import { createServer } from 'node:http';

const body = Buffer.alloc(Number(process.argv[2] ?? '6000'), 'a');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`READY http://127.0.0.1:${port}/ 0\n`);
});
process.on('message', (m) => {
  if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
