import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** A request handler that may answer asynchronously; a rejection ends the exchange with a bare 500. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Closes the listener and destroys every open socket (which also aborts pending delays). Idempotent. */
  close(): Promise<void>;
}

/** Starts a node:http server on 127.0.0.1 that tracks its sockets so `close()` leaves nothing open. */
export const listen = async (handler: NodeHandler, port: number): Promise<RunningServer> => {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("emulator error");
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      const socketsClosed = [...sockets].map((socket) => new Promise<void>((resolve) => socket.once("close", resolve)));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await Promise.all([serverClosed, ...socketsClosed]);
      // 'close' is emitted before libuv releases the listening handle; one timer turn later it is gone.
      await new Promise((resolve) => setTimeout(resolve, 0));
    })();
    return closing;
  };

  return { url: `http://127.0.0.1:${boundPort}`, port: boundPort, close };
};
