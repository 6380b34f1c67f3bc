namespace Portal.AriRecorder.Scenarios;

public sealed class ScenarioFailedException(string message) : Exception(message);
