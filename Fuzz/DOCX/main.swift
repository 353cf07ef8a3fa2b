import FuzzSupport

// libFuzzer harness; built and run only by `make fuzz` (Scripts/fuzz.sh).
FuzzDriver.run { start, count in
  DOCXHarness.test(FuzzDriver.data(start, count))
  return 0
}
