/** The performance benchmark of the portal (autocannon against a production build) lands with its issue. */
console.log('nothing to measure yet')
