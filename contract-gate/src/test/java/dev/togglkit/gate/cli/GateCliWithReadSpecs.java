package dev.togglkit.gate.cli;

import dev.togglkit.gate.ApiSpec;
import java.io.PrintStream;
import java.util.Map;

/**
 * The command line tool with spec documents the test has already read, for tests outside this package that run
 * the tool many times against one unchanged spec (see {@code GeneratedInputTest}).
 */
public final class GateCliWithReadSpecs {

  private GateCliWithReadSpecs() {
  }

  /**
   * {@link GateCli#run(String[], PrintStream, PrintStream)}, except that each {@code --spec} value is looked up
   * in {@code specs} instead of being read; a value missing from the map is an internal error of the test.
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, ApiSpec> specs) {
    return GateCli.run(args, out, err, source -> {
      ApiSpec spec = specs.get(source);
      if (spec == null) {
        throw new IllegalStateException("the test read no spec for --spec value " + source);
      }
      return spec;
    });
  }
}
