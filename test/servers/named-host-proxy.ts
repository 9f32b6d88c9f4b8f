import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A forward proxy on 127.0.0.1 that knows hosts no resolver does, as a corporate proxy knows internal names. */
export interface NamedHostProxy {
  url: string;
  /** What went through it: `CONNECT host:port`, or `METHOD absolute-url` for a plain forwarded request. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * Starts a forward proxy that sends every host named in `hosts` to its loopback port: CONNECT tunnels (what
 * undici's ProxyAgent opens, even for `http://` targets) and absolute-URI requests (what a plain HTTP
 * client sends a proxy). A client that reaches such a host at all went through the proxy: it cannot
 * resolve the name itself, and loopback addresses are exempt from proxying by `@actions/http-client`.
 */
export async function startNamedHostProxy(hosts: Record<string, number>): Promise<NamedHostProxy> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const portOf = (host: string) => hosts[host.replace(/:\d+$/, '')];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const port = portOf(target.host);
    if (port === undefined) return void res.writeHead(502).end();
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    track(client);
    const port = portOf(req.url ?? '');
    if (port === undefined) return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
  });
  server.on('connection', track);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
