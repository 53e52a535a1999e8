module.exports = {
  configs: {
    recommended: {
      rules: {
        'readable-ids': 'error'
      }
    }
  }
};
