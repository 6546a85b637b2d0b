import http from 'node:http';

// The yardstick: a bare node:http server answering every request with the body and content type last sent to it
// over IPC. It runs in its own process, so it competes with autocannon for the CPU as the Next server does.
let body = Buffer.alloc(0);
let contentType = 'text/plain';

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
  response.end(body);
});

process.on('message', (message: { body: Uint8Array; contentType: string }) => {
  body = Buffer.from(message.body);
  contentType = message.contentType;
  process.send?.({ ready: true });
});
process.on('disconnect', () => process.exit(0));

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port });
});
