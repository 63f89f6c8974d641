import * as migration_20261125_012946_initial from './20261125_012946_initial';

export const migrations = [
  {
    up: migration_20261125_012946_initial.up,
    down: migration_20261125_012946_initial.down,
    name: '20261125_012946_initial'
  },
];
