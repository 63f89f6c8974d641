import { createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP relay in front of PostgreSQL, for tests of a database that goes away while the portal runs. Only
 * the connections of the test's own Payload or server pass through it, so the database keeps serving
 * everything else.
 * - `stop()` freezes it as `kill -STOP` freezes the server: connections are still accepted and bytes
 *   still go in, but nothing comes back until `resume()`.
 * - `refuse()` is a server that is down: every connection is cut and new ones are refused until `accept()`.
 */
export type DatabaseRelay = {
  uri: string
  stop: () => void
  resume: () => void
  dropConnections: () => void
  refuse: () => Promise<void>
  accept: () => Promise<void>
  close: () => Promise<void>
}

export async function relayToDatabase(databaseUri: string): Promise<DatabaseRelay> {
  const target = new URL(databaseUri)
  let isStopped = false
  const held: (() => void)[] = []
  const sockets = new Set<Socket>()

  const relay = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (isStopped) held.push(() => to.write(chunk))
      else to.write(chunk)
    })

  const onConnection = (client: Socket) => {
    const upstream = new (client.constructor as typeof Socket)()
    upstream.connect(Number(target.port || 5432), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => sockets.delete(socket))
    }
    // A frozen server still has in its socket what was sent before the client hung up: it reads that,
    // then the end, when it resumes.
    client.on('close', () => (isStopped ? held.push(() => upstream.end()) : upstream.destroy()))
    upstream.on('close', () => client.destroy())
    relay(client, upstream)
    relay(upstream, client)
  }

  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer(onConnection)
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve(server))
    })
  const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()))
  const dropConnections = () => {
    for (const socket of sockets) socket.destroy()
  }

  let server: Server | null = await listen(0)
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const uri = new URL(databaseUri)
  uri.hostname = '127.0.0.1'
  uri.port = String(port)

  return {
    uri: uri.toString(),
    stop: () => {
      isStopped = true
    },
    resume: () => {
      isStopped = false
      for (const send of held.splice(0)) send()
    },
    dropConnections,
    refuse: async () => {
      const listening = server
      server = null
      dropConnections()
      if (listening) await closeServer(listening)
    },
    accept: async () => {
      server ??= await listen(port)
    },
    close: async () => {
      dropConnections()
      if (server) await closeServer(server)
      server = null
    },
  }
}
