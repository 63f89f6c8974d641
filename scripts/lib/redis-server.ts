import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const DEBIAN_REDIS_SERVER = '/usr/bin/redis-server'

/**
 * The redis-server the scale-out test runs its instances against: Debian's, installed with apt-get when
 * we are root on Debian and it is missing (as CI's fresh machine is); otherwise undefined.
 */
export function findRedisServer(): string | undefined {
  if (existsSync(DEBIAN_REDIS_SERVER)) return DEBIAN_REDIS_SERVER
  const isRootOnDebian = process.getuid?.() === 0 && existsSync('/etc/debian_version')
  if (!isRootOnDebian) return undefined
  console.log('Installing Debian redis-server for the scale-out test…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return existsSync(DEBIAN_REDIS_SERVER) ? DEBIAN_REDIS_SERVER : undefined
}
