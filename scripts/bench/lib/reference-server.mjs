// The HTTP side of the benches' bare references: node:http, GET answers "ok" (ready), a POST's JSON
// body goes to `answer(body, req)`, whose string is sent as JSON; a failure is a 500 with its message.
import http from 'node:http';

export function serveReference(answer) {
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') return void res.end('ok');
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      try {
        const json = await answer(JSON.parse(body), req);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(json);
      } catch (err) {
        res.writeHead(500);
        res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
      }
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}
