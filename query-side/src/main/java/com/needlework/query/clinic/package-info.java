/** The clinic directory read model: zone, rules, visit types, practitioners and rooms. */
package com.needlework.query.clinic;
