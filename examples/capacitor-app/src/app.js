// Tell capacitor-updater the bundle works; without this it rolls the update back.
const updater = window.Capacitor?.Plugins?.CapacitorUpdater
if (updater) {
  updater.notifyAppReady()
}
document.getElementById('greeting').textContent = 'Hello from the web bundle, delivered over the air.'
