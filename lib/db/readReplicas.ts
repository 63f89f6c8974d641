/** DATABASE_REPLICA_URIS, comma-separated: the PostgreSQL replicas Payload may send reads to. */
export function readReplicaUris(value = process.env.DATABASE_REPLICA_URIS): string[] {
  return (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
}
