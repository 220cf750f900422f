/**
 * The only "network" the test Firefox has: an HTTP proxy on 127.0.0.1 that refuses every request and records it.
 * Fixture pages are answered by WebDriver BiDi interception before they reach the network; anything else — from a
 * page, the sidebar or the extension's background page — comes here, is refused (403) and fails the test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where Firefox's own services (remote settings, add-on blocklist) are pointed, so their calls can be told apart. */
export const FIREFOX_SERVICES_HOST = 'firefox-services.invalid';

export interface Refuser {
  port: number;
  /** Every refused request (`host:port` for HTTPS tunnels, the URL for plain HTTP), Firefox's own services excluded. */
  refused: string[];
  close(): Promise<void>;
}

export async function startRefuser(): Promise<Refuser> {
  const refused: string[] = [];
  const record = (target: string) => {
    if (!target.includes(FIREFOX_SERVICES_HOST)) refused.push(target);
  };
  const server: Server = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(req.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Firefox preferences that send every connection through the refuser, Firefox's own services to a marked host. */
export function refuserPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': false,
    'services.settings.server': `https://${FIREFOX_SERVICES_HOST}/v1`,
  };
}
