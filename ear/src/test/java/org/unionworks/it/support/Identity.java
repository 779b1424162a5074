package org.unionworks.it.support;

import java.util.concurrent.Callable;

/** Runs work as a fixed demo account, the way a signed-in person's calls reach the EJBs. */
public interface Identity {

    <T> T call(Callable<T> work) throws Exception;
}
