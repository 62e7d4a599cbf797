// The bare baseline for bench:signup: node:http + pg, one INSERT per request, nothing else.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
await pool.query(`CREATE TABLE IF NOT EXISTS leads_baseline (LIKE leads INCLUDING ALL)`);

const server = http.createServer((req, res) => {
  if (req.method === 'GET') {
    res.end('ok');
    return;
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    try {
      const { variables } = JSON.parse(body);
      const i = variables.input;
      await pool.query(
        `INSERT INTO leads_baseline (name, email, phone, zip, consent_sms, consent_text, consent_at, consent_ip) VALUES ($1, $2, $3, $4, $5, $6, now(), $7)`,
        [i.name, i.email, i.phone, i.zip, i.consentSms, 'consent', req.socket.remoteAddress],
      );
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"signUp":{"id":"ok"}}}');
    } catch (err) {
      res.writeHead(500);
      res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
