import { createServer, type Socket } from 'node:net'

/**
 * A TCP relay in front of PostgreSQL that can be stopped as `kill -STOP` stops the server: connections
 * are still accepted and bytes still go in, but nothing comes back until it resumes. Only this test's
 * connections pass through it, so the run's database keeps serving the others.
 */
export type HungDatabase = { uri: string; stop: () => void; resume: () => void; dropConnections: () => void; close: () => Promise<void> }

export async function relayToDatabase(databaseUri: string): Promise<HungDatabase> {
  const target = new URL(databaseUri)
  let isStopped = false
  const held: (() => void)[] = []
  const sockets = new Set<Socket>()

  const relay = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      if (isStopped) held.push(() => to.write(chunk))
      else to.write(chunk)
    })

  const server = createServer((client) => {
    const upstream = new (client.constructor as typeof Socket)()
    upstream.connect(Number(target.port || 5432), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => sockets.delete(socket))
    }
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    relay(client, upstream)
    relay(upstream, client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const uri = new URL(databaseUri)
  uri.hostname = '127.0.0.1'
  uri.port = String(typeof address === 'object' && address ? address.port : 0)

  return {
    uri: uri.toString(),
    stop: () => {
      isStopped = true
    },
    resume: () => {
      isStopped = false
      for (const send of held.splice(0)) send()
    },
    dropConnections: () => {
      for (const socket of sockets) socket.destroy()
    },
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
