import http from 'node:http';

// The yardstick: a bare node:http server answering every request with the body and headers last sent to it over
// IPC. It runs in its own process, so it competes with autocannon for the CPU as the Next server does.
let body = Buffer.alloc(0);
let headers: Record<string, string> = { 'content-type': 'text/plain' };

const server = http.createServer((_request, response) => {
  response.writeHead(200, { ...headers, 'content-length': body.length });
  response.end(body);
});

process.on('message', (message: { body: Uint8Array; headers: Record<string, string> }) => {
  body = Buffer.from(message.body);
  headers = message.headers;
  process.send?.({ ready: true });
});
process.on('disconnect', () => process.exit(0));

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port });
});
