import FuzzSupport

// libFuzzer harness; built and run only by `make fuzz` (Scripts/fuzz.sh).
FuzzDriver.run { start, count in
  ODTHarness.test(FuzzDriver.data(start, count))
  return 0
}
