// Serves a built dist/ on 127.0.0.1 until stopped, on the given port or,
// if that one is taken, the next free one.
import { serveStatic } from './static-server.mjs';

const [root = 'dist', port = '8080'] = process.argv.slice(2);
let server;
for (let candidate = Number(port); !server; candidate++) {
  try {
    server = await serveStatic({ root, port: candidate });
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || candidate > Number(port) + 20) throw error;
  }
}
console.log(`\nThe page is at ${server.url}\nEmbedded in a demo help-center page: ${server.url}embed-demo.html\nPress Ctrl+C to stop.`);
