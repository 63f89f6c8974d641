import * as migration_20261125_023221_initial from './20261125_023221_initial';
import * as migration_20261125_032451_talent_policy_industries from './20261125_032451_talent_policy_industries';

export const migrations = [
  {
    up: migration_20261125_023221_initial.up,
    down: migration_20261125_023221_initial.down,
    name: '20261125_023221_initial',
  },
  {
    up: migration_20261125_032451_talent_policy_industries.up,
    down: migration_20261125_032451_talent_policy_industries.down,
    name: '20261125_032451_talent_policy_industries'
  },
];
