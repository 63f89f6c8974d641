import * as migration_20261125_023221_initial from './20261125_023221_initial';
import * as migration_20261125_033400_enquiry_pipeline_outbox from './20261125_033400_enquiry_pipeline_outbox';

export const migrations = [
  {
    up: migration_20261125_023221_initial.up,
    down: migration_20261125_023221_initial.down,
    name: '20261125_023221_initial',
  },
  {
    up: migration_20261125_033400_enquiry_pipeline_outbox.up,
    down: migration_20261125_033400_enquiry_pipeline_outbox.down,
    name: '20261125_033400_enquiry_pipeline_outbox'
  },
];
